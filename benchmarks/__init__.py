"""Scale benchmark of the archive build: synthetic archives in the real formats, timed stage by stage."""
