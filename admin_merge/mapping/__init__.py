"""Mapping files (YAML, one per new province): loading, validation and the compiled crosswalk."""
