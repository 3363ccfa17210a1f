"""Chapter 2: `#[pyclass(unsendable)]`, a class that stays on the thread that made it."""

# ANCHOR: unsendable
import threading

from classes import LocalCounter


def on_another_thread(function):
    """Call `function` on a new thread; return what it raised (any BaseException) as its type
    name, whether it is an Exception, and its message; or None."""
    raised = []

    def run():
        try:
            function()
        except BaseException as error:  # PanicException derives from BaseException
            # Keep words, not the exception: its traceback would keep the object alive, and a
            # later garbage collection on some other thread would drop it there.
            raised.append((type(error).__name__, isinstance(error, Exception), str(error)))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return raised[0] if raised else None


def test_an_unsendable_object_works_on_the_thread_that_made_it():
    counter = LocalCounter()
    assert counter.increment() == 1
    assert counter.increment() == 2


def test_another_thread_that_touches_it_gets_a_panic_exception():
    counter = LocalCounter()
    kind, is_an_exception, message = on_another_thread(counter.increment)
    assert kind == "PanicException"
    assert not is_an_exception
    # The panic's message is an assertion on thread ids; its first line names the class.
    assert message.splitlines()[0] == (
        "assertion `left == right` failed: "
        "classes::unsendable::LocalCounter is unsendable, but sent to another thread"
    )
    assert counter.increment() == 1  # the other thread's call never ran


# ANCHOR_END: unsendable
