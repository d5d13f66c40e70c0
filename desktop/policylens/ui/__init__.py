"""The Qt interface (the only package that imports Qt)."""

from policylens.ui import pyside_scan

pyside_scan.install()  # before the interface's own modules are imported
