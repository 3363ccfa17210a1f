"""Repository-wide pytest plugins: the `.pycon` sessions the book shows are tests too, and no
chapter's tests run against a build older than its sources (tools/chapters/plugin.py)."""

pytest_plugins = ["tools.chapters.sessions", "tools.chapters.plugin", "tools.chapters.compile_fail"]
