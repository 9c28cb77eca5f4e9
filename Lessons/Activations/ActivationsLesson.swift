// The activations lesson module.
