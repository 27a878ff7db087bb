"""Demo case studies and best practices for ``manage.py seed_demo`` (see ``build.py``)."""
