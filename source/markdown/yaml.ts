// The YAML parser (the `yaml` package), loaded on demand from its own file: only a Markdown
// document with front matter needs it, and it is ~115 KB of code that nothing else should parse.
export {parse as parseYaml} from 'yaml';
