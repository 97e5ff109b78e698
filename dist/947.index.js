export const id=947
export const ids=[947]
export const modules={8947:(t,e,o)=>{o.r(e),o.d(e,{HttpProxyAgent:()=>u})
var s=o(9278),n=o(4756),r=o(2830),p=o(4434),i=o(319),c=o(7016),a=o(6825)
const h=r("http-proxy-agent")
class u extends i.g6{constructor(t,e){super(e),this.proxy="string"==typeof t?new c.URL(t):t,this.proxyHeaders=e?.headers??{},h("Creating new HttpProxyAgent instance: %o",this.proxy.href),e?.negotiate?this.onProxyAuth=(0,a.h)():e?.onProxyAuth&&(this.onProxyAuth=e.onProxyAuth)
const o=(this.proxy.hostname||this.proxy.host).replace(/^\[|\]$/g,""),s=this.proxy.port?parseInt(this.proxy.port,10):"https:"===this.proxy.protocol?443:80
this.connectOpts={...e?d(e,"headers","onProxyAuth","negotiate"):null,host:o,port:s}}addRequest(t,e){t._header=null,this.setRequestProps(t,e),super.addRequest(t,e)}setRequestProps(t,e){const{proxy:o}=this,s=`${e.secureEndpoint?"https:":"http:"}//${t.getHeader("host")||"localhost"}`,n=new c.URL(t.path,s)
80!==e.port&&(n.port=String(e.port)),t.path=String(n)
const r="function"==typeof this.proxyHeaders?this.proxyHeaders():{...this.proxyHeaders}
if(o.username||o.password){const t=`${decodeURIComponent(o.username)}:${decodeURIComponent(o.password)}`
r["Proxy-Authorization"]=`Basic ${Buffer.from(t).toString("base64")}`}r["Proxy-Connection"]||(r["Proxy-Connection"]=this.keepAlive?"Keep-Alive":"close")
for(const e of Object.keys(r)){const o=r[e]
o&&t.setHeader(e,o)}}async connect(t,e){let o,r,i
t._header=null,t.path.includes("://")||this.setRequestProps(t,e),h("Regenerating stored HTTP header string for request"),t._implicitHeader(),t.outputData&&t.outputData.length>0&&(h("Patching connection write() output buffer with updated header"),o=t.outputData[0].data,r=o.indexOf("\r\n\r\n")+4,t.outputData[0].data=t._header+o.substring(r),h("Output buffer: %o",t.outputData[0].data)),"https:"===this.proxy.protocol?(h("Creating `tls.Socket`: %o",this.connectOpts),i=n.connect(this.connectOpts)):(h("Creating `net.Socket`: %o",this.connectOpts),i=s.connect(this.connectOpts)),await(0,p.once)(i,"connect")
const c={socket:i}
return t.emit("proxyConnect",c),this.emit("proxyConnect",c,t),t.emit("proxy",{proxy:this.proxy.href,socket:i}),i}}function d(t,...e){const o={}
let s
for(s in t)e.includes(s)||(o[s]=t[s])
return o}u.protocols=["http","https"]}}

