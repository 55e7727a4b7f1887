"""A linear-chain CRF decoder for models trained by CRFsuite, in pure Python.

CRFsuite (python-crfsuite) trains the tagger (``scripts/train_ner.py``); tagging runs
here. A CRFsuite tagger takes every token's attributes as strings and looks each one up
in the model; the same word brings the same attributes every time it appears, so
:mod:`events_cli.extract.ner` sums a word's weights once and caches them, and this
module only adds them up and decodes. The labels are the ones CRFsuite gives
(``tests/test_crf.py`` checks that on whole corpora).

The model file is CRFsuite's own format (``crf1d_model.c`` in CRFsuite's sources):

* a 48-byte header: magic ``lCRF``, size, type ``FOMC``, version, then counts and offsets
  of the chunks, all little-endian uint32;
* ``FEAT``: the features, 20 bytes each: type (0 an attribute's weight for a label,
  1 a transition from a label to a label), source id, destination id, weight (double);
* two ``CQDB`` chunks, the label and the attribute names, each with a backward array
  from id to a record ``(id, size, bytes + NUL)``.
"""
from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["CRFModel", "ModelError"]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_FEATURE = struct.Struct("<IIId")


class ModelError(ValueError):
    """The file is not a CRFsuite model this module can read."""


def _names(buf: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk at ``offset``, in id order."""
    chunk, _size, _flag, _order, count, bwd = _CQDB.unpack_from(buf, offset)
    if chunk != b"CQDB":
        raise ModelError("no string table at offset %d" % offset)
    out = [""] * count
    for (rel,) in struct.iter_unpack("<I", buf[offset + bwd: offset + bwd + 4 * count]):
        ident, ksize = struct.unpack_from("<iI", buf, offset + rel)
        start = offset + rel + 8
        out[ident] = buf[start: start + ksize - 1].decode("utf-8")
    return out


class CRFModel:
    """A CRFsuite model: its labels, the weights of its attributes, its transitions.

    ``attributes[name]`` is the row of ``weights`` (one column per label) holding that
    attribute's weights; the last row is all zeros, for attributes the model does not know.
    ``transitions[a, b]`` is the weight of label ``b`` right after label ``a``.
    """

    def __init__(self, labels: list[str], attributes: dict[str, int], weights, transitions):
        import numpy as np

        self.labels = tuple(labels)
        self.attributes = attributes
        self.weights = np.asarray(weights, dtype=np.float64)
        self.transitions = np.asarray(transitions, dtype=np.float64)
        self.unknown = len(self.weights) - 1

    @classmethod
    def load(cls, path: str | Path) -> "CRFModel":
        buf = Path(path).read_bytes()
        try:
            return cls._parse(buf)
        except (struct.error, IndexError, UnicodeDecodeError) as exc:
            raise ModelError(f"{path}: not a readable CRFsuite model ({exc})") from None

    @classmethod
    def _parse(cls, buf: bytes) -> "CRFModel":
        import numpy as np

        (magic, _size, kind, _version, _nf, n_labels, n_attrs, off_features, off_labels, off_attrs,
         _off_lrefs, _off_arefs) = _HEADER.unpack_from(buf, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelError("not a CRFsuite CRF1d model")
        labels = _names(buf, off_labels)
        attrs = _names(buf, off_attrs)
        if len(labels) != n_labels or len(attrs) != n_attrs:
            raise ModelError("label or attribute count does not match the header")
        chunk, _size, count = _CHUNK.unpack_from(buf, off_features)
        if chunk != b"FEAT":
            raise ModelError("no feature chunk")
        start = off_features + _CHUNK.size
        feats = np.frombuffer(buf, dtype=_FEATURE_DTYPE, count=count, offset=start)
        if np.any(feats["type"] > 1) or np.any(feats["dst"] >= n_labels):
            raise ModelError("unknown feature type or label")
        weights = np.zeros((n_attrs + 1, n_labels))
        trans = np.zeros((n_labels, n_labels))
        state = feats[feats["type"] == 0]
        np.add.at(weights, (state["src"], state["dst"]), state["weight"])
        moves = feats[feats["type"] == 1]
        np.add.at(trans, (moves["src"], moves["dst"]), moves["weight"])
        return cls(labels, {a: i for i, a in enumerate(attrs)}, weights, trans)

    def ids(self, attributes) -> list[int]:
        """The rows of the attributes the model knows."""
        get = self.attributes.get
        return [i for i in map(get, attributes) if i is not None]

    def score(self, attributes):
        """The summed weights of ``attributes`` per label (unknown ones weigh nothing)."""
        return self.weights[self.ids(attributes)].sum(axis=0)

    def decode(self, emissions, lengths) -> "np.ndarray":
        """The best label (index) of every token of many sequences at once.

        ``emissions`` holds the tokens' scores per label, the sequences one after the
        other; ``lengths`` their lengths. Viterbi runs over all sequences together, one
        step per token position, on the sequences that are that long; ties go to the
        lower label index, as in CRFsuite.

        The batches are small (a few hundred tokens), so what counts is the number and
        kind of NumPy calls a step. The tokens are put in step order (the sequences'
        first tokens, longest sequence first, then their second tokens, ...): the
        sequences still going are a prefix of each step, and each step's scores are one
        block of columns of ``best`` (labels x tokens), so that every operation runs
        along the long axis (the sequences) and the maximum is over the outer one (the
        previous label). Back pointers are found on the way back, for the chosen labels
        only.
        """
        import numpy as np

        emissions = np.asarray(emissions, dtype=np.float64)
        lens = [int(x) for x in lengths]
        labels = np.zeros(len(emissions), dtype=np.int64)
        starts = []
        pos = 0
        for n in lens:
            starts.append(pos)
            pos += n
        # the non-empty sequences, longest first (stable): the live ones are a prefix
        seqs = sorted((k for k, n in enumerate(lens) if n > 0), key=lambda k: -lens[k])
        if not seqs:
            return labels
        longest = lens[seqs[0]]
        # live[t]: how many sequences are longer than t; step t: columns offs[t]:offs[t + 1]
        live = []
        n = len(seqs)
        for t in range(longest):
            while lens[seqs[n - 1]] <= t:
                n -= 1
            live.append(n)
        offs = [0]
        for n in live:
            offs.append(offs[-1] + n)
        # the tokens in step order: row t of the grid holds the sequences' t-th tokens
        if len(seqs) == 1:
            order = np.arange(starts[seqs[0]], starts[seqs[0]] + longest)
        else:
            steps = np.arange(longest)[:, None]
            order = (np.asarray([starts[k] for k in seqs]) + steps)[steps < np.asarray([lens[k] for k in seqs])]
        # best[y, j]: the best score of a path ending in label y at token j (step order)
        best = np.ascontiguousarray(emissions[order].T)
        trans = self.transitions
        trans3 = trans[:, :, None]  # [from, to, sequence]
        maximum = np.maximum.reduce
        for t in range(1, longest):
            prev = best[:, offs[t - 1]: offs[t - 1] + live[t]]
            here = best[:, offs[t]: offs[t + 1]]
            np.add(here, maximum(prev[:, None, :] + trans3, 0), out=here)
        # the way back: each live sequence's label at t, then the label before it
        path = np.empty(offs[-1], dtype=np.int64)
        cur = np.empty(len(seqs), dtype=np.intp)
        n = 0
        for t in range(longest - 1, -1, -1):
            if live[t] > n:  # the sequences whose last token is at t: their best label
                cur[n: live[t]] = best[:, offs[t] + n: offs[t + 1]].argmax(axis=0)
                n = live[t]
            here = cur[:n]
            path[offs[t]: offs[t + 1]] = here
            if t:
                prev = best[:, offs[t - 1]: offs[t - 1] + n]
                here[:] = (prev + trans.take(here, axis=1)).argmax(axis=0)
        labels[order] = path
        return labels


_FEATURE_DTYPE = [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]
