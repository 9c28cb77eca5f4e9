"""Reference statistics for the hyperparams lesson's samplers (Tests/LessonsTests/HyperparamsLessonTests.swift).

The book draws lr = 10 ** np.random.uniform(-6, -2) and weight decay = 10 ** np.random.uniform(-8, -4)
(ch. 6, hyperparameter_optimization.py). nnbook's RNG differs from numpy's, so the test compares
statistics of many draws, not the draws: the mean and standard deviation of log10(lr), the share of
draws in each decade, and, for uniform sampling on [1e-6, 1e-2], the share below 1e-3.

Run: python3 Scripts/reference/hyperparams_sampling.py
"""
import numpy as np

rng = np.random.default_rng(0)
n = 200_000
log_draws = 10 ** rng.uniform(-6, -2, n)
uniform_draws = rng.uniform(1e-6, 1e-2, n)

e = np.log10(log_draws)
print(f"log:     mean log10 = {e.mean():.4f} (exact -4)   std log10 = {e.std():.4f} (exact 4/sqrt(12) = {4 / np.sqrt(12):.4f})")
for lo in range(-6, -2):
    share = np.mean((log_draws >= 10.0 ** lo) & (log_draws < 10.0 ** (lo + 1)))
    print(f"log:     share in [1e{lo}, 1e{lo + 1}) = {share:.4f} (exact 0.25)")
print(f"log:     share below 1e-3 = {np.mean(log_draws < 1e-3):.4f} (exact 0.75)")
print(f"uniform: share below 1e-3 = {np.mean(uniform_draws < 1e-3):.4f} (exact {(1e-3 - 1e-6) / (1e-2 - 1e-6):.4f})")
print(f"uniform: share below 1e-4 = {np.mean(uniform_draws < 1e-4):.4f} (exact {(1e-4 - 1e-6) / (1e-2 - 1e-6):.4f})")
