"""Entry point of the PyInstaller bundle: the same `main` as the `policylens` console script."""

from policylens.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
