"""Dataset engine: reading, joining back and writing, atomically."""
