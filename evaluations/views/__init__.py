"""Views of the evaluations app: surveys, facilitators' material, reports."""
