"""Chapter 2's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 2`.
"""

import pytest
from classes_exercise import Playlist


# ANCHOR: task1
@pytest.mark.task(1)
def test_a_new_playlist_has_its_name_and_no_songs():
    playlist = Playlist("Road trip")
    assert playlist.name == "Road trip", f"got name {playlist.name!r}, expected 'Road trip'"
    assert playlist.songs == [], f"got songs {playlist.songs!r}, expected []"


@pytest.mark.task(1)
@pytest.mark.parametrize("name", ["", "   "])
def test_a_playlist_needs_a_name(name):
    with pytest.raises(ValueError) as caught:
        Playlist(name)
    assert str(caught.value) == "a playlist needs a name"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_added_songs_are_counted_in_order():
    playlist = Playlist("Mix")
    playlist.add("Intro")
    playlist.add("Outro")
    assert len(playlist) == 2, f"called len() after two add()s, got {len(playlist)}, expected 2"
    assert playlist.songs == ["Intro", "Outro"]


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
@pytest.mark.parametrize(("index", "song"), [(0, "a"), (2, "c"), (-1, "c"), (-3, "a")])
def test_songs_by_index(index, song):
    playlist = Playlist("Letters")
    for name in "abc":
        playlist.add(name)
    got = playlist[index]
    assert got == song, f"called playlist[{index}], got {got!r}, expected {song!r}"


@pytest.mark.task(3)
@pytest.mark.parametrize("index", [3, -4])
def test_an_index_past_either_end_raises_index_error(index):
    playlist = Playlist("Letters")
    for name in "abc":
        playlist.add(name)
    with pytest.raises(IndexError) as caught:
        playlist[index]
    assert str(caught.value) == "playlist index out of range"


# ANCHOR_END: task3


# ANCHOR: task4
@pytest.mark.task(4)
def test_repr_names_the_playlist_and_counts_its_songs():
    playlist = Playlist("Road trip")
    got = repr(playlist)
    assert got == "Playlist('Road trip', 0 songs)", f"got {got!r}"
    playlist.add("Only one")
    got = repr(playlist)
    assert got == "Playlist('Road trip', 1 song)", f"got {got!r}"


# ANCHOR_END: task4
