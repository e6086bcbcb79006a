"""Screens and modal dialogs of the borderlens app."""
