"""Widgets of the borderlens app, one concept per module."""
