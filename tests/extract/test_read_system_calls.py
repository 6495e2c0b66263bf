"""Reading a file asks the system as little as the file allows (issue 18): a regular
file in one read of its size, where `open()` and a buffered read also asked `isatty`
and read once more to see the end. What is read stays the same: the whole file, or
one byte over the cap, and a pipe or a device is still read to its end."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from claimdesk.extract import reading
from claimdesk.extract.document import ExtractError


@pytest.fixture
def reads(monkeypatch) -> list[int]:
    """The size each os.read of the reading module asked for."""
    asked: list[int] = []
    real = os.read

    def counted(fd: int, n: int) -> bytes:
        asked.append(n)
        return real(fd, n)

    monkeypatch.setattr(reading.os, "read", counted)
    return asked


def test_a_regular_file_is_one_read_of_its_size(tmp_path: Path, reads: list[int]) -> None:
    path = tmp_path / "ferry.txt"
    data = "The Tessel ferry carried 312 passengers on Friday, the operator said.\n" * 40
    path.write_text(data, encoding="utf-8")
    assert reading._read(str(path), 5_000_000) == data.encode()
    assert reads == [len(data.encode()) + 1]


def test_over_the_cap_one_byte_more_than_the_cap(tmp_path: Path, reads: list[int]) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"x" * 500)
    assert reading._read(str(path), 100) == b"x" * 101
    assert reads == [101]
    with pytest.raises(ExtractError, match="size cap of 100 bytes"):
        reading.load(str(path), max_bytes=100)


def test_a_file_without_a_size_is_read_to_its_end(reads: list[int]) -> None:
    status = Path("/proc/self/status")  # a regular file the kernel gives no size
    if not status.exists() or status.stat().st_size:
        pytest.skip("no /proc")
    assert reading._read(str(status), 5_000_000).startswith(b"Name:")
    assert len(reads) >= 2  # read until a read gives nothing


def test_a_pipe_is_read_to_its_end(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes")
    os.mkfifo(fifo)

    def write() -> None:  # two writes, so the reader sees them as they come
        with open(fifo, "wb") as out:
            out.write(b"Ferry resumes.\n")
            out.flush()
            out.write(b"About 300 crossed.\n")

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert reading._read(str(fifo), 5_000_000) == b"Ferry resumes.\nAbout 300 crossed.\n"
    finally:
        writer.join()


def test_refusals_keep_their_words(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match="is a directory"):
        reading.load(str(tmp_path))
    with pytest.raises(ExtractError, match="no such file"):
        reading.load(str(tmp_path / "missing.txt"))
    locked = tmp_path / "locked.txt"
    locked.write_text("Ferry resumes.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who reads anything")
        with pytest.raises(ExtractError, match="permission denied"):
            reading.load(str(locked))
    finally:
        locked.chmod(0o600)
