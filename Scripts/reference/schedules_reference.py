"""Reference values for the schedules lesson (Ng, Deep Learning Specialization course 2 week 2).

Exponentially weighted averages v_t = beta*v_{t-1} + (1-beta)*theta_t (v_0 = 0), with and
without bias correction v_t / (1 - beta**t), on a fixed sequence; and each learning-rate
decay schedule at fixed epochs (epochs counted from 0; alpha0*k/sqrt(epoch) uses epoch 1's
rate at epoch 0). Tests/LessonsTests/SchedulesReferenceTests.swift asserts these to ~1e-12.

Run: python3 Scripts/reference/schedules_reference.py
"""
import numpy as np

theta = np.array([10.0, 12.0, 9.0, 15.0, 14.0, 8.0, 11.0, 13.0, 16.0, 12.0])


def ewma(values, beta, corrected):
    v, out = 0.0, []
    for t, x in enumerate(values, start=1):
        v = beta * v + (1 - beta) * x
        out.append(v / (1 - beta ** t) if corrected else v)
    return np.array(out)


for beta in (0.5, 0.9, 0.98):
    print(f"beta {beta} plain:     {[repr(float(x)) for x in ewma(theta, beta, False)]}")
    print(f"beta {beta} corrected: {[repr(float(x)) for x in ewma(theta, beta, True)]}")

alpha0 = 0.2
epochs = np.array([0, 1, 2, 3, 5, 9, 10, 20])
schedules = {
    "inverse decay=1": alpha0 / (1 + 1.0 * epochs),
    "inverse decay=0.5": alpha0 / (1 + 0.5 * epochs),
    "exponential 0.95": alpha0 * 0.95 ** epochs,
    "staircase 0.5 every 5": alpha0 * 0.5 ** np.floor(epochs / 5),
    "sqrt k=1": alpha0 * 1.0 / np.sqrt(np.maximum(epochs, 1)),
    "sqrt k=0.5": alpha0 * 0.5 / np.sqrt(np.maximum(epochs, 1)),
}
print("epochs", epochs.tolist())
for name, values in schedules.items():
    print(f"{name}: {[repr(float(x)) for x in values]}")
