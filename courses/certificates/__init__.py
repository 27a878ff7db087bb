"""Certificates: codes, frozen statements, services, PDF rendering, verification and admin."""
