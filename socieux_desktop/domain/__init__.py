"""Entities and rules of SOCIEUX+ missions. Pure Python: no Qt, no SQL, no I/O."""
