"""What a measured sample's run time is, for training and scoring every model.

The label is the fastest timed repetition (bestMs in server/src/collect/dataset.ts): between two
measurements of the same schedule it varies less than the median of the repetitions. Torch-free, so
the Adams2019 baseline (training/adams2019/run.py) uses the same definition.
"""

# The field of a featurizer cache line that carries the label.
LABEL = 'bestMs'


def measured_ms(rec):
    """The label of a raw measurement record (data/samples or data/noise)."""
    return min(rec['timesMs']) if rec.get('timesMs') else rec['medianMs']
