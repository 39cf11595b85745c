package org.meridian.workflow.quality;

/** What the gate does with findings at submit and publish. */
public enum GateMode {
  /** The step goes through; the findings are shown (the default). */
  WARN,
  /** The step is refused until the findings are fixed. */
  BLOCK
}
