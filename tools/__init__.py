"""The repository's tooling: `base` at the bottom, then one package per concern (`chapters`,
`book`, `bench`, `exercises`, `matrix`); CONTRIBUTING.md's "The tools" says what each holds."""
