"""Resolution of references (codes, names, addresses) to new units."""
