"""The package's version is the library's, read from project(VERSION) in ../CMakeLists.txt,
the one place it is written."""
import os
import re

from setuptools import setup

HERE = os.path.dirname(os.path.abspath(__file__))


def version():
    path = os.path.join(HERE, "..", "CMakeLists.txt")
    with open(path, encoding="utf-8") as f:
        m = re.search(r"project\(newsclean\s+VERSION\s+([0-9.]+)", f.read())
    if not m:
        raise RuntimeError("no project(newsclean VERSION ...) in " + path)
    return m.group(1)


setup(version=version())
