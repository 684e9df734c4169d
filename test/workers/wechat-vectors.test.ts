// The official WeChat vectors inside workerd: the Worker's node:crypto (nodejs_compat) gives the
// same signatures and ciphertexts as Node's. The same suite runs on Node (test/wechat/vectors.test.ts).
import { wechatVectorSuite } from '../wechat/vector-suite.ts';

wechatVectorSuite('workerd');
