"""Extraction stages: quotes, their speakers, and source mentions, per article."""
