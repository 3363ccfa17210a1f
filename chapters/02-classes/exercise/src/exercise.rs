//! Chapter 2's exercise: a `Playlist` class. Replace each `todo!` with your code, then run
//! `just exercise 2`. `just hint 2 K` gives a hint for task K.

use pyo3::prelude::*;

// ANCHOR: playlist
/// A named list of songs: `Playlist("Road trip")`.
#[pyclass(module = "classes_exercise")]
pub struct Playlist {
    #[pyo3(get)]
    name: String,
    #[pyo3(get)]
    songs: Vec<String>,
}
// ANCHOR_END: playlist

#[pymethods]
impl Playlist {
    // ANCHOR: task1
    /// A new, empty playlist. A name that is empty or only spaces raises
    /// ValueError("a playlist needs a name").
    #[new]
    fn new(name: String) -> PyResult<Self> {
        todo!("task 1: make an empty playlist called {name:?}, or raise ValueError")
    }
    // ANCHOR_END: task1

    // ANCHOR: task2
    /// Add a song at the end.
    fn add(&mut self, song: String) {
        todo!("task 2: add {song:?} to {:?}", self.songs)
    }

    /// `len(playlist)`: the number of songs.
    fn __len__(&self) -> usize {
        todo!("task 2: count the songs of {:?}", self.name)
    }
    // ANCHOR_END: task2

    // ANCHOR: task3
    /// `playlist[i]`: a song; negative indexes count from the end, like a list's.
    /// IndexError("playlist index out of range") past either end.
    fn __getitem__(&self, index: isize) -> PyResult<String> {
        todo!("task 3: song number {index} of {:?}", self.songs)
    }
    // ANCHOR_END: task3

    // ANCHOR: task4
    /// `repr(playlist)`: `Playlist('Road trip', 3 songs)` (and `1 song` for one).
    fn __repr__(&self) -> String {
        todo!("task 4: describe {:?}", self.name)
    }
    // ANCHOR_END: task4
}
