import Charts

extension RNNText {
    /// Page 4 (text, one character at a time) in both languages.
    static let chars = Localized(en: English.chars, zh: Chinese.chars)
}

extension RNNText.English {
    static let chars = """
    # Text, one character at a time

    A **language model** reads text and, at every position, gives a probability to each
    character that could come next. The text here is the start of chapter I of *Alice's
    Adventures in Wonderland* by Lewis Carroll (1865, public domain; Project Gutenberg eBook
    #11, gutenberg.org/ebooks/11): 3340 characters, 59 of them distinct. Each character goes
    in **one-hot**: 59 zeros with a single 1. The output passes through softmax to give p_t,
    the probabilities of the next character, and the loss is the cross-entropy of the
    character that really came next:

        p_t = softmax(W_hy h_t + b_y)
        L = −(1/T) Σ_t log p_t[next character]

    **Perplexity** is exp(L): how many characters the model is, on average, still choosing
    between. A uniform guess has perplexity 59; a model that knew the text by heart, 1.

    Training reads the text in **windows** of T characters (the sequence length). Gradients flow
    back through the T steps of a window and stop there — *truncated* backpropagation through
    time — but the hidden state is carried on into the next window, so the model can remember
    further back than T. The update is AdaGrad (learning rate 0.1), the shape of Karpathy's
    min-char-rnn; the gradient's global norm is clipped at 5 (min-char-rnn clips each entry to
    ±5 instead).

    To write, the model **samples**: it draws the next character from its probabilities, feeds
    it back in and repeats. The **temperature** τ divides the scores first, softmax(y_t / τ):
    τ = 1 samples the model's own probabilities, a low τ nearly always takes the most likely
    character, a high τ flattens them towards random letters. A new sample is drawn every 400
    characters of training.

    Watch the sample go from random letters to spaces in the right places, then to short
    common words, then to whole phrases of the text. Turn τ while it trains: the same random
    draws are redrawn at once at the new temperature.
    """
}
