/** Routing of a need to institutions and consortia: the rule table (data) and a pure ranking. */
export { ROUTING_RULES, routedKinds, NEED_CATEGORY_NAMES, INSTITUTION_KIND_NAMES, SUPPORT_MENU_NAMES } from './routing-rules';
export type { RoutingRule, InstitutionKindName, SupportMenuName } from './routing-rules';
export {
  ROUTING_FACTOR_NAMES,
  DEFAULT_INSTITUTION_ROUTING_WEIGHTS,
  DEFAULT_CONSORTIUM_ROUTING_WEIGHTS,
  routingFit,
  describeRoutingFit,
  normaliseRoutingWeights,
  rankRoutingTargets,
  summariseRouting,
} from './routing';
export type { RoutingFactorName, RoutingWeights, RoutingFitDetail, RoutingTarget, TargetTextDetail, RoutingFactor, RankedTarget } from './routing';
