/**
 * What triage needs from a trained model (`support.triage_model`): the
 * label it predicts for a ticket and the words that decided it. A model
 * of categories is category evidence, a model of priorities is priority
 * evidence (both below the playbook rules); any other label (queue, group,
 * type) is shown and can be routed on with `predicted:`.
 */

/** A model's answer for one ticket. */
export interface Prediction {
  label: string;
  /** Probability of the label among the model's labels, 0-1. */
  confidence: number;
  /** The ticket's words that pointed most to this label. */
  words: string[];
}

/** A trained model ready to predict. */
export interface TicketPredictor {
  /** The ticket field the model learned (`category`, `priority`, `type`, …). */
  field: string;
  /** What triage uses the prediction for. */
  target: 'category' | 'priority' | 'label';
  /** Where the model was loaded from, for reasons and messages. */
  source: string;
  predict(subject: string, description: string, language: string): Prediction;
}
