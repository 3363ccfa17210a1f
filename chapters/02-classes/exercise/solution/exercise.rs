//! Chapter 2's exercise, solved. `just solution 2` shows this file.

use pyo3::exceptions::{PyIndexError, PyValueError};
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
        if name.trim().is_empty() {
            return Err(PyValueError::new_err("a playlist needs a name"));
        }
        Ok(Playlist {
            name,
            songs: Vec::new(),
        })
    }
    // ANCHOR_END: task1

    // ANCHOR: task2
    /// Add a song at the end.
    fn add(&mut self, song: String) {
        self.songs.push(song);
    }

    /// `len(playlist)`: the number of songs.
    fn __len__(&self) -> usize {
        self.songs.len()
    }
    // ANCHOR_END: task2

    // ANCHOR: task3
    /// `playlist[i]`: a song; negative indexes count from the end, like a list's.
    /// IndexError("playlist index out of range") past either end.
    fn __getitem__(&self, index: isize) -> PyResult<String> {
        // `checked_sub` gives None when a negative index reaches back past the first song.
        let position = if index < 0 {
            self.songs.len().checked_sub(index.unsigned_abs())
        } else {
            usize::try_from(index).ok()
        };
        position
            .and_then(|position| self.songs.get(position))
            .cloned()
            .ok_or_else(|| PyIndexError::new_err("playlist index out of range"))
    }
    // ANCHOR_END: task3

    // ANCHOR: task4
    /// `repr(playlist)`: `Playlist('Road trip', 3 songs)` (and `1 song` for one).
    fn __repr__(&self) -> String {
        let count = self.songs.len();
        let noun = if count == 1 { "song" } else { "songs" };
        format!("Playlist('{}', {count} {noun})", self.name)
    }
    // ANCHOR_END: task4
}
