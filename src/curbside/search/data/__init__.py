"""Versioned search data kept in Python modules, so it ships in the package with no
package-data entry."""
