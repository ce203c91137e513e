"""``python -m quiz`` runs the same entry point as the ``quiz`` command."""

from quiz.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
