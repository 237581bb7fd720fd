// Compose-level rules, in the order findings are reported. Adding one: a module here plus one line below.
import clusterId from './cluster-id';
import imageRefusal from './image-refusal';
import type { ComposeRule } from './rule';
import unknownImage from './unknown-image';

export const composeRules: ComposeRule[] = [clusterId, imageRefusal, unknownImage];
