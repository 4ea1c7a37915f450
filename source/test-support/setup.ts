// Unit tests lay out CJK and emoji text, which the CLI measures with string-width once a document
// needs it (see source/prepare.ts); install the same measure here.
import stringWidth from 'string-width';
import {installWidthMeasure} from '../core/layout/styled.js';

installWidthMeasure(stringWidth);
