import Charts

/// The rnn lesson's page texts in both languages (English here, Chinese in `RNNText+zh.swift`).
enum RNNText {
    static let unrolled = Localized(en: English.unrolled, zh: Chinese.unrolled)
    static let sine = Localized(en: English.sine, zh: Chinese.sine)
    static let gradients = Localized(en: English.gradients, zh: Chinese.gradients)

    /// The rnn lesson in English.
    enum English {
        static let unrolled = """
        # A network with a memory

        A sequence — sound, text, a price over time — arrives one value at a time. A **recurrent
        neural network** (RNN) reads it step by step and carries a **hidden state** h_t from one step
        to the next:

            h_t = tanh(W_hh h_{t−1} + W_xh x_t + b)
            y_t = W_hy h_t

        The same weights are used at every step. Written out for T steps the loop becomes an
        ordinary feed-forward graph, T layers deep, that shares its weights: the RNN
        **unrolled through time**.

        Training it is plain backpropagation on that unrolled graph, called
        **backpropagation through time** (BPTT). The gradient reaching h_t has two sources: the
        output y_t at the same step, and h_{t+1} at the next step:

            ∂L/∂h_t = W_hyᵀ ∂L/∂y_t + W_hhᵀ(∂L/∂h_{t+1} ⊙ (1 − h_{t+1}²))

        So the backward pass must start at the last step. The weight gradients add up the
        contributions of all steps.

        Press space to walk a small RNN (2 hidden units) over a piece of sine wave: forward to
        t = T, then back to t = 1. Turn *W_hh scale* up and watch ∂L/∂h_1 grow; turn it to 0 and
        each step forgets the one before.
        """

        static let sine = """
        # Learning a sequence

        The task: read a noisy sine wave one value at a time and predict the **next** value. One
        value alone cannot tell whether the wave is rising or falling — the net has to remember
        what came before, in h_t.

        Every iteration draws a fresh sequence with a random phase, runs the RNN over it, and
        takes one SGD step on the mean squared error of all T predictions. The upper chart shows
        a fixed sequence: the target in gray, the prediction in yellow. The noise (σ = 0.1) cannot
        be predicted, so the loss cannot go below about 0.005.

        Try the knobs:

        - **learning rate**: too small and nothing happens for a long time; too large and the
          loss jumps and can blow up. Each change is marked on the loss curve.
        - **hidden size**: with 1 or 2 units there is little room to remember; 16 is plenty.
        - **sequence length T**: longer sequences give more steps to learn from per iteration,
          but every step costs time, and the gradient must travel further back.
        """

        static let gradients = """
        # Vanishing and exploding gradients

        Each step back in time multiplies the gradient by W_hhᵀ and by tanh′ ≤ 1. After k steps
        it has been multiplied k times. The size of that product is set by the **spectral radius**
        ρ of W_hh, its largest eigenvalue in absolute value:

        - ρ < 1: the gradient shrinks geometrically — it **vanishes**, and the first steps of a
          long sequence learn nothing from the error at the end.
        - ρ > 1: it can grow geometrically — it **explodes**, and one update can throw the
          weights far away.

        The left chart draws ‖∂L/∂h_t‖ for a loss on the last step only, on a log axis: a
        straight falling line is geometric decay. Here W_hh starts as ρ times a random rotation,
        so every eigenvalue has size exactly ρ.

        **Gradient clipping** is the standard cure for explosions: when the norm of the whole
        gradient exceeds a threshold, scale it down to the threshold, keeping its direction. It
        does nothing for vanishing gradients: the gated cells (LSTM, GRU) were invented for
        those.
        The right chart shows the gradient's norm at every iteration, before clipping; with
        clipping on, the yellow line is the threshold every point above it was cut down to.

        Start at ρ = 0.5, then raise ρ past 1 and train. Turn clipping on (for example 1) when
        the loss spikes.
        """
    }
}

/// Page 4, the gated cell (English; the Chinese is in `RNNText+zh.swift`).
extension RNNText {
    static let gated = Localized(en: English.gated, zh: Chinese.gated)
}

extension RNNText.English {
    static let gated = """
    # A gated cell remembers

    **The task.** Step 1 shows a sign, +1 or −1, with a marker. Then come T steps of
    distractors: random signs of the same size, without the marker. At the last step the net
    must say which sign it saw first. Only the last step is scored, so the whole error signal
    has to travel T steps back to the moment the sign arrived. Guessing gives 50%.

    A vanilla RNN rarely gets there: on the way back the gradient is multiplied by W_hhᵀ
    and tanh′ at every step and fades (page 3). The **LSTM** (long short-term memory) adds a
    second state, the **memory cell** c_t, and three **gates**, numbers between 0 and 1
    computed from x_t and h_{t−1}:

        f = σ(·)  forget gate: how much of c to keep
        i = σ(·)  input gate: how much of the candidate g = tanh(·) to write
        o = σ(·)  output gate: how much of c to show
        c_t = f ⊙ c_{t−1} + i ⊙ g,   h_t = o ⊙ tanh(c_t)

    Going back along the cell, ∂L/∂c_{t−1} = ∂L/∂c_t ⊙ f: no matrix, no squashing, just f.
    When the net learns to hold f near 1, the gradient survives the whole delay. The forget
    gate's bias starts at 1, so f starts near 0.73 instead of 0.5 and the cell is not
    forgetful from the start.

    Both nets here see the same batches of 16 sequences and learn with Adam at the same
    learning rate. Left: their accuracy. Right: ‖∂L/∂h_t‖ against t for an error of 1 at the
    last output, on a log axis; the line marked c is the LSTM's cell path ‖∂L/∂c_t‖.

    Try the knobs: **delay T** (longer is harder), **hidden size**, **learning rate**, and
    **clipping**, which stops a blow-up but cannot bring back a vanished gradient.
    """
}
