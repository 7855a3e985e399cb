"""Views of the meetings app, one module per screen family."""
