"""The learned classifier: features from the text and from the rule detectors, a calibrated
scikit-learn model per question, versioned artifacts in models/."""
