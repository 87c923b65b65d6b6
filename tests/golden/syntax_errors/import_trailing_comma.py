import a,
