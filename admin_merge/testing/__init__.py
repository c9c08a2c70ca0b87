"""Tools for testing admin-merge from the outside: generators of realistic inputs with known answers."""
