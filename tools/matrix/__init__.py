"""The Pythons: finding each CPython on the machine (`interpreters`), the lock files of every
pinned package (`lock`), and the version matrix that runs every chapter on each (`run`)."""
