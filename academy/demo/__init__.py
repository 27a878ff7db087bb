"""Demo content for ``manage.py seed_demo``.

- ``cities``: the 72 cities of data/cities.csv (GeoNames, CC BY 4.0) with editorial text
- ``pairings``: Cities Forward, IUC/IURC and (illustrative) EU Cities Gateway pairings
- ``content``: text of the core pages in English and Spanish, and the site branding
- ``build``: the idempotent get-or-update steps the command runs
- ``counts``: ``demo_counts()``, row counts for tests and the command's summary
"""
