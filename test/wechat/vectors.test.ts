// The official WeChat vectors on Node; the same suite runs in workerd (test/workers/wechat-vectors.test.ts).
import { wechatVectorSuite } from './vector-suite.ts';

wechatVectorSuite('Node');
