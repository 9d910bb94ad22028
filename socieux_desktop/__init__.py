"""SOCIEUX+ Desktop: the offline-first workbook of experts on field missions."""

__version__ = "0.1.0"
