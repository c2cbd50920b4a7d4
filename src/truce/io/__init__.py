"""Input and output: scenario YAML, GENIUS XML, graph-model case files."""
