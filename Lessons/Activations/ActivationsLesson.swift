// The activations lesson module (lands with the Charts module).
