// Multi-step quick inputs with a Back button. The wizard is written as straight-line code; Back drops the last answer
// and runs the code again from the start, replaying the earlier answers without showing them, so that the step before
// is asked again (with the answer given before preselected). Esc at any step throws Cancelled.
import * as vscode from 'vscode';

export class Cancelled extends Error {}
class Back extends Error {}

export interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

type Validation = string | vscode.InputBoxValidationMessage | undefined;

/** The step on screen, for the in-editor tests (which drive the wizard through VS Code's quick input commands). */
export const shownStep: { current?: { title: string; prompt: string; value?: string } } = {};

export class WizardFlow {
  private answers: unknown[] = [];
  /** Answers given at some point, by question: preselected when the question comes again. */
  private readonly previous = new Map<string, unknown>();
  private position = 0;

  constructor(private readonly title: string) {}

  /** Runs `body` until it completes without anyone pressing Back. */
  async run<T>(body: () => Promise<T>): Promise<T> {
    for (;;) {
      this.position = 0;
      try {
        return await body();
      } catch (error) {
        if (!(error instanceof Back)) throw error;
        this.answers.pop();
      }
    }
  }

  private async step<A>(
    question: string,
    show: (previous: A | undefined, canGoBack: boolean) => Promise<A>,
  ): Promise<A> {
    const index = this.position++;
    if (index < this.answers.length) return this.answers[index] as A;
    const answer = await show(this.previous.get(question) as A | undefined, index > 0);
    this.answers.push(answer);
    this.previous.set(question, answer);
    return answer;
  }

  pick<T>(placeholder: string, items: Choice<T>[], step: string): Promise<T> {
    return this.step<T>(
      placeholder,
      (previous, canGoBack) =>
        new Promise<T>((resolve, reject) => {
          const quickPick = vscode.window.createQuickPick<Choice<T>>();
          quickPick.title = `${this.title} (${step})`;
          quickPick.placeholder = placeholder;
          quickPick.items = items;
          quickPick.ignoreFocusOut = true;
          quickPick.buttons = canGoBack ? [vscode.QuickInputButtons.Back] : [];
          const before = items.find((item) => item.value === previous);
          if (before) quickPick.activeItems = [before];
          let settled = false;
          const finish = (action: () => void) => {
            settled = true;
            shownStep.current = undefined;
            action();
            quickPick.hide();
          };
          quickPick.onDidTriggerButton((button) => {
            if (button === vscode.QuickInputButtons.Back) finish(() => reject(new Back()));
          });
          quickPick.onDidAccept(() => {
            const chosen = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
            if (chosen) finish(() => resolve(chosen.value));
          });
          quickPick.onDidHide(() => {
            quickPick.dispose();
            if (!settled) {
              shownStep.current = undefined;
              reject(new Cancelled());
            }
          });
          shownStep.current = { title: quickPick.title, prompt: placeholder };
          quickPick.show();
        }),
    );
  }

  input(prompt: string, value: string, step: string, validate: (value: string) => Validation): Promise<string> {
    return this.step<string>(
      prompt,
      (previous, canGoBack) =>
        new Promise<string>((resolve, reject) => {
          const box = vscode.window.createInputBox();
          box.title = `${this.title} (${step})`;
          box.prompt = prompt;
          box.value = typeof previous === 'string' ? previous : value;
          box.ignoreFocusOut = true;
          box.buttons = canGoBack ? [vscode.QuickInputButtons.Back] : [];
          let settled = false;
          const finish = (action: () => void) => {
            settled = true;
            shownStep.current = undefined;
            action();
            box.hide();
          };
          const blocks = (result: Validation) =>
            typeof result === 'string' || result?.severity === vscode.InputBoxValidationSeverity.Error;
          box.validationMessage = validate(box.value);
          box.onDidChangeValue((text) => {
            box.validationMessage = validate(text);
            if (shownStep.current) shownStep.current.value = text;
          });
          box.onDidTriggerButton((button) => {
            if (button === vscode.QuickInputButtons.Back) finish(() => reject(new Back()));
          });
          box.onDidAccept(() => {
            const result = validate(box.value);
            if (blocks(result)) {
              box.validationMessage = result;
              return;
            }
            const text = box.value.trim();
            finish(() => resolve(text));
          });
          box.onDidHide(() => {
            box.dispose();
            if (!settled) {
              shownStep.current = undefined;
              reject(new Cancelled());
            }
          });
          shownStep.current = { title: box.title, prompt, value: box.value };
          box.show();
        }),
    );
  }

  async number(
    prompt: string,
    value: number,
    min: number,
    max: number,
    step: string,
    invalid: string,
    warn?: (n: number) => string | undefined,
  ): Promise<number> {
    const text = await this.input(prompt, String(value), step, (v) => {
      if (!/^\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) return invalid;
      const warning = warn?.(Number(v));
      return warning ? { message: warning, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
    });
    return Number(text);
  }
}
