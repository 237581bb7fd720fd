// "KRaft: Generate KRaft cluster" and "KRaft: Add node to cluster". Only UI wiring: every decision and every text of
// the generated files comes from the pure engine (server/src/engine/generator). The questions are in
// generateQuestions.ts, the writing in generateFiles.ts, adding a node in addNodeCommand.ts.
import * as vscode from 'vscode';
import { setLocale, t, type ComposeImage, type TopologySpec } from '../../server/src/engine/generator';
import { messageLocale } from './locale';
import { Cancelled } from './wizardSteps';
import type { ClusterModel } from './clusters';
import { addNode, type AddNodeCommandArgs } from './addNodeCommand';
import { generateInto, resolveTarget, type GenerateCommandResult } from './generateFiles';
import { askSpec, askTarget, startWizard, type OutputChoice, type OutputFormat } from './generateQuestions';

export interface GenerateCommandArgs {
  spec: TopologySpec;
  /** Absolute path, file URI string, or a path relative to the first workspace folder. */
  targetFolder: string;
  /** Overwrite existing files without asking (tests only). */
  overwrite?: boolean;
  /** 'compose': one docker-compose.yml in `image`'s dialect (apache/kafka by default), as `generate --format compose`. */
  format?: OutputFormat;
  image?: ComposeImage;
}

/** `clusters` gives the server's cluster model, so that "Add a broker or controller" acts on one cluster only. */
export function registerGenerateCommand(
  context: vscode.ExtensionContext,
  clusters?: () => ClusterModel | undefined,
): void {
  setLocale(messageLocale());
  context.subscriptions.push(
    vscode.commands.registerCommand(
      'kraft.generateCluster',
      async (args?: GenerateCommandArgs): Promise<GenerateCommandResult> => {
        setLocale(messageLocale());
        if (args?.spec && args.targetFolder) {
          const output: OutputChoice = { format: args.format ?? 'properties', image: args.image ?? 'apache' };
          return generateInto(args.spec, output, resolveTarget(args.targetFolder), args.overwrite === true, false);
        }
        try {
          const flow = startWizard(t('gen.wiz.title'));
          const { answers, target } = await flow.run(async () => ({
            answers: await askSpec(),
            target: await askTarget(),
          }));
          return await generateInto(answers.spec, answers.output, target, false, true);
        } catch (error) {
          if (error instanceof Cancelled) return { written: [], warnings: [], cancelled: true };
          void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
          return { written: [], warnings: [], cancelled: true };
        }
      },
    ),
    vscode.commands.registerCommand('kraft.addNodeToCluster', async (args?: AddNodeCommandArgs): Promise<boolean> => {
      setLocale(messageLocale());
      try {
        const flow = startWizard(t('gen.wiz.add.title'));
        return await flow.run(() => addNode(args, clusters));
      } catch (error) {
        if (error instanceof Cancelled) return false;
        void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
        return false;
      }
    }),
  );
}
