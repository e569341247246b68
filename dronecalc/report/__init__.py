"""Report: wording, text, JSON, Markdown/HTML documents and plots, drawn from a run's samples."""
