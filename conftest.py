"""Repository-wide pytest plugins: the `.pycon` sessions the book shows are tests too, and no
chapter's tests run against a build older than its sources (tools/testplugin.py)."""

pytest_plugins = ["tools.pycon", "tools.testplugin", "tools.compile_fail"]
