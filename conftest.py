"""Repository-wide pytest plugins: the `.pycon` sessions the book shows are tests too."""

pytest_plugins = ["tools.pycon"]
