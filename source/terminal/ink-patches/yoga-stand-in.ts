// The browser bundle's yoga-layout: the layout engine of flex-layout.ts, which hands yoga itself
// (build/yoga.cjs, built from yoga.ts) only a tree it does not lay out, loading it then.
import {createFlexLayout, type YogaModule} from './flex-layout.js';

export default createFlexLayout(() => (require('./yoga.cjs') as {default: YogaModule}).default);
